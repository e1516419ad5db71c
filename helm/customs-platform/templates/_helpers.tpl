{{/*
Helpers take a dict: "root" is the chart's top context, "name" a service (or the release-wide
name "customs-platform").
*/}}

{{- define "customs.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "customs.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "customs.labels" -}}
{{ include "customs.selectorLabels" . }}
app.kubernetes.io/part-of: customs-platform
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "customs.image" -}}
{{- $image := .root.Values.image -}}
{{- with $image.registry }}{{ . }}/{{ end -}}
{{ $image.group }}/{{ .name }}:{{ $image.tag | default .root.Chart.AppVersion }}
{{- end -}}

{{/* The port of a URL: the explicit one, otherwise the scheme's. */}}
{{- define "customs.urlPort" -}}
{{- $url := urlParse . -}}
{{- $hostAndPort := splitList ":" $url.host -}}
{{- if eq (len $hostAndPort) 2 -}}
{{ last $hostAndPort }}
{{- else if eq $url.scheme "https" -}}
443
{{- else -}}
80
{{- end -}}
{{- end -}}

{{/* Endpoints of the stateful components: the operator's resources when one is enabled. */}}
{{- define "customs.postgresqlHost" -}}
{{- $cnpg := .Values.operators.cloudnativepg -}}
{{- if $cnpg.enabled }}{{ $cnpg.name }}-rw{{ else }}{{ .Values.postgresql.host }}{{ end -}}
{{- end -}}

{{- define "customs.rabbitmqHost" -}}
{{- $operator := .Values.operators.rabbitmq -}}
{{- if $operator.enabled }}{{ $operator.name }}{{ else }}{{ .Values.rabbitmq.host }}{{ end -}}
{{- end -}}

{{- define "customs.rabbitmqSecret" -}}
{{- $operator := .Values.operators.rabbitmq -}}
{{- if $operator.enabled }}{{ $operator.name }}-default-user{{ else }}{{ .Values.rabbitmq.existingSecret }}{{ end -}}
{{- end -}}

{{/* The MinIO Operator serves a Tenant's S3 API as the Service "minio" of its namespace. */}}
{{- define "customs.s3Endpoint" -}}
{{- $operator := .Values.operators.minio -}}
{{- if $operator.enabled -}}
{{ ternary "https" "http" $operator.requestAutoCert }}://minio.{{ .Release.Namespace }}.svc
{{- else -}}
{{ .Values.s3.endpoint }}
{{- end -}}
{{- end -}}

{{/* Non-secret settings of one service: its ConfigMap's data. */}}
{{- define "customs.configData" -}}
{{- $values := .root.Values -}}
{{- $service := get $values.services .name -}}
QUARKUS_HTTP_PORT: {{ $service.port | quote }}
QUARKUS_LOG_CONSOLE_JSON_ENABLED: {{ $values.jsonLogging | quote }}
KEYCLOAK_URL: {{ required "keycloak.url is required" $values.keycloak.url | quote }}
JAVA_TOOL_OPTIONS: {{ $values.javaToolOptions | quote }}
MALLOC_ARENA_MAX: "2"
{{- with $service.database }}
{{- $url := printf "jdbc:postgresql://%s:%v/%s" (include "customs.postgresqlHost" $.root) $values.postgresql.port .name }}
{{- with $values.postgresql.parameters }}{{ $url = printf "%s?%s" $url . }}{{ end }}
QUARKUS_DATASOURCE_JDBC_URL: {{ $url | quote }}
{{- end }}
{{- if $service.rabbitmq }}
RABBITMQ_HOST: {{ include "customs.rabbitmqHost" .root | quote }}
RABBITMQ_PORT: {{ $values.rabbitmq.port | quote }}
{{- with $values.rabbitmq.virtualHost }}
RABBITMQ_VIRTUAL_HOST: {{ . | quote }}
{{- end }}
{{- end }}
{{- if $service.s3 }}
S3_ENDPOINT: {{ include "customs.s3Endpoint" .root | quote }}
S3_BUCKET: {{ required "s3.bucket is required" $values.s3.bucket | quote }}
{{- end }}
{{- range $env, $callee := $service.calls }}
{{- $calleeService := get $values.services $callee }}
{{- if not $calleeService }}
{{- fail (printf "services.%s.calls.%s names %s, which is not a service of this chart" $.name $env $callee) }}
{{- end }}
{{ $env }}: {{ printf "http://%s:%v" (include "customs.fullname" (dict "root" $.root "name" $callee)) $calleeService.port | quote }}
{{- end }}
{{- end -}}

{{/* The services of the release that call the named one (their "calls" name it), sorted. */}}
{{- define "customs.callers" -}}
{{- $callers := list -}}
{{- range $caller, $service := .root.Values.services -}}
{{- if has $.name (values ($service.calls | default dict)) -}}
{{- $callers = append $callers $caller -}}
{{- end -}}
{{- end -}}
{{- toJson $callers -}}
{{- end -}}

{{- define "customs.secretKeyRef" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .key }}
{{- end -}}

{{/* Credentials of one service: every one read from a Secret, never a literal. */}}
{{- define "customs.secretEnv" -}}
{{- $values := .root.Values -}}
{{- $service := get $values.services .name -}}
{{- with $service.database }}
{{ include "customs.secretKeyRef" (dict "env" "QUARKUS_DATASOURCE_USERNAME" "secret" .existingSecret "key" "username") }}
{{ include "customs.secretKeyRef" (dict "env" "QUARKUS_DATASOURCE_PASSWORD" "secret" .existingSecret "key" "password") }}
{{- end }}
{{- if $service.rabbitmq }}
{{ include "customs.secretKeyRef" (dict "env" "RABBITMQ_USERNAME" "secret" (include "customs.rabbitmqSecret" .root) "key" "username") }}
{{ include "customs.secretKeyRef" (dict "env" "RABBITMQ_PASSWORD" "secret" (include "customs.rabbitmqSecret" .root) "key" "password") }}
{{- end }}
{{- if $service.s3 }}
{{ include "customs.secretKeyRef" (dict "env" "S3_ACCESS_KEY" "secret" $values.s3.existingSecret "key" $values.s3.accessKeyKey) }}
{{ include "customs.secretKeyRef" (dict "env" "S3_SECRET_KEY" "secret" $values.s3.existingSecret "key" $values.s3.secretKeyKey) }}
{{- end }}
{{- range $env, $reference := $service.secretEnv }}
{{ include "customs.secretKeyRef" (dict "env" $env "secret" (required (printf "services.%s.secretEnv.%s.existingSecret is required" $.name $env) $reference.existingSecret) "key" (required (printf "services.%s.secretEnv.%s.key is required" $.name $env) $reference.key)) }}
{{- end }}
{{- end -}}

{{/* One egress rule: TCP to a port, to the given peers or, without peers, anywhere. */}}
{{- define "customs.egressRule" -}}
- ports:
    - port: {{ .port }}
      protocol: TCP
  {{- with .to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
